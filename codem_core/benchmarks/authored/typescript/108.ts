//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function countNums(arr: number[]): number {
//@@ solution
  let p = 0
  for (let i = 0; i < arr.length; i++) {
    let h = arr[i]
    if (h > 0) {
      p++;
      continue;
    }
    let k = 0
    h = -h
    while (h >= 10) {
      k += h % 10;
      h = (h - h % 10) / 10;
    }
    k -= h;
    if (k > 0) { p++ }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCountNums = () => {
  assert.ok(countNums([]) === 0)
  assert.ok(countNums([-1, -2, 0]) === 0)
  assert.ok(countNums([1, 1, 2, -2, 3, 4, 5]) === 6)
  assert.ok(countNums([1, 6, 9, -6, 0, 1, 5]) === 5)
  assert.ok(countNums([1, 100, 98, -7, 1, -1]) === 4)
  assert.ok(countNums([12, 23, 34, -45, -56, 0]) === 5)
  assert.ok(countNums([-0, 1 ** 0]) === 1)
  assert.ok(countNums([1]) === 1)
}

testCountNums()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCountNums = () => {
  assert.ok(countNums([]) === 0)
  assert.ok(countNums([-1, 11, -11]) === 1)
  assert.ok(countNums([1, 1, 2]) === 3)
}
testCountNums()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
