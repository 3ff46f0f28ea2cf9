//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function moveOneBall(arr: number[]): boolean {
//@@ solution
  if (arr.length == 0) { return true }
  let k = 0
  let len = arr.length
  for (let i = 0; i < len; i++) {
    let t = 1;
    for (let j = 1; j < len; j++) {
      if (arr[j] < arr[j - 1]) {
        t = 0;
        break;
      }
    }
    if (t == 1) {
      k = 1;
      break;
    }
    arr.push(arr[0]);
    arr.shift()
  }
  if (k == 1) { return true }
  return false
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMoveOneBall = () => {
  assert.ok(moveOneBall([3, 4, 5, 1, 2]) === true)
  assert.ok(moveOneBall([3, 5, 10, 1, 2]) === true)
  assert.ok(moveOneBall([4, 3, 1, 2]) === false)
  assert.ok(moveOneBall([3, 5, 4, 1, 2]) === false)
  assert.ok(moveOneBall([]) === true)
}

testMoveOneBall()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMoveOneBall = () => {
  assert.ok(moveOneBall([3, 4, 5, 1, 2]) === true)
  assert.ok(moveOneBall([3, 5, 4, 1, 2]) === false)
}
testMoveOneBall()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
