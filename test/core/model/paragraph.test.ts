import {
  TableNumbering,
  headingLevelOf,
  plainParagraphText,
} from "../../../src/core/model/paragraph";

test("heading level from the built-in style, the localised name or the outline level", () => {
  expect(headingLevelOf({ style: "Custom", builtInStyle: "Heading3" })).toBe(3);
  expect(headingLevelOf({ style: "Heading 2" })).toBe(2);
  expect(headingLevelOf({ style: "Titre 4" })).toBe(4);
  expect(headingLevelOf({ style: "Título 1" })).toBe(1);
  expect(headingLevelOf({ style: "Normal", outlineLevel: 5 })).toBe(5);
  expect(headingLevelOf({ style: "Normal", outlineLevel: 10 })).toBeNull();
  expect(headingLevelOf({ style: "Title", builtInStyle: "Title" })).toBeNull();
  expect(headingLevelOf({ style: "Heading 10" })).toBeNull();
});

test("plain text keeps tabs, turns line breaks into \\n and drops control marks", () => {
  expect(plainParagraphText("a\u000bb\tc\u0007")).toBe("a\nb\tc");
  expect(plainParagraphText("line\r")).toBe("line");
  expect(plainParagraphText("x\r\ny")).toBe("x\ny");
});

test("tables are numbered in reading order, nested tables get their own number", () => {
  const t = new TableNumbering();
  const levels = [0, 1, 1, 2, 2, 1, 2, 0, 1, 0];
  expect(levels.map((l) => t.tableAt(l))).toEqual([null, 0, 0, 1, 1, 0, 2, null, 3, null]);
});
