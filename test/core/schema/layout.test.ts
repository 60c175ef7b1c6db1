import { DEFAULT_ROW_POINTS, rowHeight, wrappedLines } from "../../../src/core/schema/layout";

describe("wrapped lines", () => {
  // Width 10: 9 characters per line (10 × 1.05, less one).
  it("wraps words at the line's width, as Excel does", () => {
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("short", 10)).toBe(1);
    expect(wrappedLines("nine char", 10)).toBe(1);
    expect(wrappedLines("nine chars", 10)).toBe(2);
    expect(wrappedLines("one two three four", 10)).toBe(3);
  });

  it("counts each paragraph, whatever its line ending, and an empty one as a line", () => {
    expect(wrappedLines("one\ntwo\r\nthree\rfour", 10)).toBe(4);
    expect(wrappedLines("one\n\ntwo", 10)).toBe(3);
    expect(wrappedLines("one\r\n", 10)).toBe(2);
  });

  it("breaks a word longer than the line across lines", () => {
    expect(wrappedLines("x".repeat(20), 10)).toBe(3);
    expect(wrappedLines(`ab ${"x".repeat(20)} cd`, 10)).toBe(4);
  });

  it("takes any white space between words, runs of it as one, and nothing else", () => {
    expect(wrappedLines("abcd\t\tefgh", 10)).toBe(1);
    expect(wrappedLines("abcd\u00a0\u3000\u2028efgh", 10)).toBe(1);
    expect(wrappedLines("   abcde      fghi   ", 10)).toBe(2);
    // A zero-width space is no white space: the word stays whole.
    expect(wrappedLines("abcde\u200bfghij", 10)).toBe(2);
    expect(wrappedLines("abcd\u200be", 10)).toBe(1);
  });
});

describe("row height", () => {
  it("is the default for one line and grows with the tallest cell", () => {
    expect(rowHeight([{ text: "short", width: 10 }])).toBe(DEFAULT_ROW_POINTS);
    expect(
      rowHeight([
        { text: "one two three four", width: 10 },
        { text: "one", width: 10 },
      ])
    ).toBe(3 * 15 + 3);
  });
});
