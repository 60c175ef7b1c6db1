/**
 * How the adapters that talk to a host in requests (Office.js, Microsoft
 * Graph) size what they send and pack it into as few requests as the
 * host's limits allow: one rule for both.
 */

/** UTF-8 size of a text, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair is one character of four bytes; a lone half is encoded as U+FFFD (three).
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 size of a value as JSON, the way Office.js and Graph send it. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Length(text);
}

/**
 * Items in consecutive groups, greedily: an item joins the group before it
 * while `joins(group, item)` allows and the group's size stays within
 * `budget`; otherwise it starts a group (alone, even when larger than the
 * budget).
 */
export function packGreedy<T>(
  items: Iterable<T>,
  sizeOf: (item: T) => number,
  budget: number,
  joins: (group: readonly T[], item: T) => boolean = () => true
): T[][] {
  const groups: T[][] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    const group = groups[groups.length - 1];
    if (group && joins(group, item) && bytes + size <= budget) {
      group.push(item);
      bytes += size;
    } else {
      groups.push([item]);
      bytes = size;
    }
  }
  return groups;
}
