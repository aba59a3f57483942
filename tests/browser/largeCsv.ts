/** 250 000 rows: three features a, b, c and a response y that depends on all of them (no noise beyond a small repeating term). */
export function largeFourColumnCsv(): Buffer {
  const rows = ['a,b,c,y'];
  for (let i = 0; i < 250_000; i++) {
    const a = (i % 1000) / 10;
    const b = ((i * 7919) % 1013) / 100;
    const c = ((i * 104_729) % 997) / 7;
    rows.push(`${a},${b},${c},${3 + 2 * a - 0.5 * b + 0.25 * c + ((i * 31) % 17) / 100}`);
  }
  return Buffer.from(rows.join('\n'));
}
