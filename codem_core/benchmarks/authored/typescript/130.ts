//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function tri(n: number): number[] {
//@@ solution
  if (n == 0) { return [1] }
  if (n == 1) { return [1, 3] }
  let p = [1, 3]
  for (let i = 2; i <= n; i++) {
    if (i % 2 == 0) {
      p.push(1 + i / 2)
    }
    else {
      p.push(p[i - 2] + p[i - 1] + 1 + (i + 1) / 2)
    }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testTri = () => {
  assert.ok(JSON.stringify(tri(3)) === JSON.stringify([1, 3, 2.0, 8.0]))

  assert.ok(
    JSON.stringify(tri(4)) === JSON.stringify([1, 3, 2.0, 8.0, 3.0])
  )
  assert.ok(
    JSON.stringify(tri(5)) === JSON.stringify([1, 3, 2.0, 8.0, 3.0, 15.0])
  )
  assert.ok(
    JSON.stringify(tri(6)) === JSON.stringify([1, 3, 2.0, 8.0, 3.0, 15.0, 4.0])
  )
  assert.ok(
    JSON.stringify(tri(7)) ===
    JSON.stringify([1, 3, 2.0, 8.0, 3.0, 15.0, 4.0, 24.0])
  )
  assert.ok(
    JSON.stringify(tri(8)) ===
    JSON.stringify([1, 3, 2.0, 8.0, 3.0, 15.0, 4.0, 24.0, 5.0])
  )
  assert.ok(
    JSON.stringify(tri(9)) ===
    JSON.stringify([1, 3, 2.0, 8.0, 3.0, 15.0, 4.0, 24.0, 5.0, 35.0])
  )
  assert.ok(
    JSON.stringify(tri(20)) ===
    JSON.stringify([
      1, 3, 2.0, 8.0, 3.0, 15.0, 4.0, 24.0, 5.0, 35.0, 6.0, 48.0, 7.0, 63.0,
      8.0, 80.0, 9.0, 99.0, 10.0, 120.0, 11.0,
    ])
  )
  assert.ok(JSON.stringify(tri(0)) === JSON.stringify([1]))
  assert.ok(JSON.stringify(tri(1)) === JSON.stringify([1, 3]))
}

testTri()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testTri = () => {
  assert.ok(JSON.stringify(tri(3)) === JSON.stringify([1, 3, 2.0, 8.0]))
}
testTri()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
