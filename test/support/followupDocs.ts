import JSZip from "jszip";

/**
 * A letter or brief written by followUpDocx, returned with the blank cells
 * of the rows of `fills` (by Rec ID) filled in order, as an authority or a
 * visiting team would in Word.
 */
export async function fillReturnedTable(
  docx: Uint8Array,
  fills: Record<string, string[]>
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  const filled = xml.replace(/<w:tr>[\s\S]*?<\/w:tr>/g, (row) => {
    const id = Object.keys(fills).find((key) => row.includes(`>${key}<`));
    if (!id) return row;
    const values = [...fills[id]];
    return row.replace(/<w:p><\/w:p>/g, () => {
      const value = values.shift();
      return value === undefined
        ? "<w:p></w:p>"
        : `<w:p><w:r><w:t xml:space="preserve">${value}</w:t></w:r></w:p>`;
    });
  });
  zip.file("word/document.xml", filled);
  return zip.generateAsync({ type: "uint8array" });
}
