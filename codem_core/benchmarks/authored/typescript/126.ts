//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function isSorted(lst: number[]): boolean {
//@@ solution
  if (lst.length == 0) { return true }
  let dup = 1
  let pre = lst[0]
  for (let i = 1; i < lst.length; i++) {
    if (lst[i] < pre) { return false }
    if (lst[i] == pre) {
      dup += 1;
      if (dup == 3) { return false }
    } else {
      pre = lst[i]
      dup = 1
    }
  }
  return true
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIsSorted = () => {
  assert.ok(isSorted([5]) === true)
  assert.ok(isSorted([1, 2, 3, 4, 5]) === true)
  assert.ok(isSorted([1, 3, 2, 4, 5]) === false)
  assert.ok(isSorted([1, 2, 3, 4, 5, 6]) === true)
  assert.ok(isSorted([1, 2, 3, 4, 5, 6, 7]) === true)
  assert.ok(isSorted([1, 3, 2, 4, 5, 6, 7]) === false)
  assert.ok(isSorted([]) === true)
  assert.ok(isSorted([1]) === true)
  assert.ok(isSorted([3, 2, 1]) === false)
  assert.ok(isSorted([1, 2, 2, 2, 3, 4]) === false)
  assert.ok(isSorted([1, 2, 3, 3, 3, 4]) === false)
  assert.ok(isSorted([1, 2, 2, 3, 3, 4]) === true)
  assert.ok(isSorted([1, 2, 3, 4]) === true)
}

testIsSorted()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIsSorted = () => {
  assert.ok(isSorted([5]) === true)
  assert.ok(isSorted([1, 2, 3, 4, 5]) === true)
  assert.ok(isSorted([1, 3, 2, 4, 5]) === false)
  assert.ok(isSorted([1, 2, 3, 4, 5, 6]) === true)
  assert.ok(isSorted([1, 2, 3, 4, 5, 6, 7]) === true)
  assert.ok(isSorted([1, 3, 2, 4, 5, 6, 7]) === false)
  assert.ok(isSorted([1, 2, 2, 2, 3, 4]) === false)
  assert.ok(isSorted([1, 2, 2, 3, 3, 4]) === true)
}
testIsSorted()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
