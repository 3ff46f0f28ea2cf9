//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function intersection(interval1: [number, number], interval2: [number, number]): string {
//@@ solution
  let lo = interval1[0]
  if (interval2[0] > lo) { lo = interval2[0] }
  let hi = interval1[1]
  if (interval2[1] < hi) { hi = interval2[1] }
  let len = 0
  if (hi > lo) { len = hi - lo }
  if (len == 1 || len == 0) { return 'NO' }
  for (let i = 2; i * i <= len; i++) {
    if (len % i == 0) { return 'NO' }
  }
  return 'YES'
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIntersection = () => {
  assert.ok(intersection([1, 2], [2, 3]) === 'NO')
  assert.ok(intersection([-1, 1], [0, 4]) === 'NO')
  assert.ok(intersection([-3, -1], [-5, 5]) === 'YES')
  assert.ok(intersection([-2, 2], [-4, 0]) === 'YES')
  assert.ok(intersection([-11, 2], [-1, -1]) === 'NO')
  assert.ok(intersection([1, 2], [3, 5]) === 'NO')
  assert.ok(intersection([1, 2], [1, 2]) === 'NO')
  assert.ok(intersection([-2, -2], [-3, -2]) === 'NO')
}

testIntersection()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIntersection = () => {
  assert.ok(intersection([1, 2], [2, 3]) === 'NO')
  assert.ok(intersection([-1, 1], [0, 4]) === 'NO')
  assert.ok(intersection([-3, -1], [-5, 5]) === 'YES')
}
testIntersection()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
