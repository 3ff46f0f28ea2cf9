//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function sortArray(array: number[]): number[] {
//@@ solution
  let arr = array
  let tot = arr[0] + arr[arr.length-1]
  for (let j = 0; j < arr.length; j++) {
    let ind = j
    for (let k = j + 1; k < arr.length; k++) {
      if ((tot % 2 == 1 && arr[k] < arr[ind]) || (tot % 2 == 0 && arr[k] > arr[ind])) {
        ind = k
      }
    }
    let tmp = arr[j]
    arr[j] = arr[ind]
    arr[ind] = tmp
  }
  return arr
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSortArray = () => {
  assert.ok(JSON.stringify(sortArray([])) === JSON.stringify([]))
  assert.ok(JSON.stringify(sortArray([5])) === JSON.stringify([5]))
  assert.ok(JSON.stringify(sortArray([2, 4, 3, 0, 1, 5])) === JSON.stringify([0, 1, 2, 3, 4, 5]))
  assert.ok(JSON.stringify(sortArray([2, 4, 3, 0, 1, 5, 6])) === JSON.stringify([6, 5, 4, 3, 2, 1, 0]))
  assert.ok(JSON.stringify(sortArray([2, 1])) === JSON.stringify([1, 2]))
  assert.ok(JSON.stringify(sortArray([15, 42, 87, 32, 11, 0])) === JSON.stringify([0, 11, 15, 32, 42, 87]))
  assert.ok(JSON.stringify(sortArray([21, 14, 23, 11])) === JSON.stringify([23, 21, 14, 11]))
}

testSortArray()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSortArray = () => {
  assert.ok(JSON.stringify(sortArray([])) === JSON.stringify([]))
  assert.ok(JSON.stringify(sortArray([5])) === JSON.stringify([5]))
  assert.ok(JSON.stringify(sortArray([2, 4, 3, 0, 1, 5])) === JSON.stringify([0, 1, 2, 3, 4, 5]))
  assert.ok(JSON.stringify(sortArray([2, 4, 3, 0, 1, 5, 6])) === JSON.stringify([6, 5, 4, 3, 2, 1, 0]))
}
testSortArray()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
