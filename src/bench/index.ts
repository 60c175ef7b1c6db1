/* Benchmarks print figures; they are not tests. Later issues add their rows here. */
const rows: Array<{ name: string; figure: string; target: string }> = [];
console.log("benchmark | figure | target");
for (const row of rows) console.log(`${row.name} | ${row.figure} | ${row.target}`);
