import { jsonBytes, packGreedy, utf8Length } from "../../../src/core/model/packing";

describe("request sizes and packing (Office.js and Graph)", () => {
  it("counts UTF-8 bytes as an encoder would, lone surrogate halves included", () => {
    for (const text of ["", "abc", "é", "Ministère", "€", "😀", "a\uD800b", "\uDC00", "x😀y\uD83D"])
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    expect(jsonBytes({ a: "é" })).toBe(Buffer.byteLength('{"a":"é"}', "utf8"));
    expect(jsonBytes(undefined)).toBe(0);
  });

  it("packs consecutive items under the budget, starting a group where joining is refused", () => {
    const sizes = [3, 3, 3, 10, 1, 1];
    expect(packGreedy(sizes.keys(), (i) => sizes[i], 6)).toEqual([[0, 1], [2], [3], [4, 5]]);
    expect(
      packGreedy(
        [1, 2, 3, 4, 5],
        () => 1,
        100,
        (group) => group.length < 2
      )
    ).toEqual([[1, 2], [3, 4], [5]]);
  });
});
