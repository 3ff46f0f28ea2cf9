//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function solution(lst: number[]): number {
//@@ solution
  let p = 0
  for (let i = 0; i < lst.length; i += 2) {
    if (lst[i] % 2 == 1) {
      p += lst[i]
    }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSolution = () => {
  assert.ok(solution([5, 8, 7, 1]) === 12)
  assert.ok(solution([3, 3, 3, 3, 3]) === 9)
  assert.ok(solution([30, 13, 24, 321]) === 0)
  assert.ok(solution([5, 9]) === 5)
  assert.ok(solution([2, 4, 8]) === 0)
  assert.ok(solution([30, 13, 23, 32]) === 23)
  assert.ok(solution([3, 13, 2, 9]) === 3)
}

testSolution()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSolution = () => {
  assert.ok(solution([5, 8, 7, 1]) === 12)
  assert.ok(solution([3, 3, 3, 3, 3]) === 9)
  assert.ok(solution([30, 13, 24, 321]) === 0)
}
testSolution()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
