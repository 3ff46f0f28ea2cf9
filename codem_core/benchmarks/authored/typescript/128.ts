//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function prodSigns(arr: number[]): number | null {
//@@ solution
  if (arr.length == 0) { return null }
  let n = 1
  let s = 0
  for (let i = 0; i < arr.length; i++) {
    s += arr[i]
    if (arr[i] == 0) { return 0 }
    if (arr[i] < 0) { n = -n; s -= 2 * arr[i] }
  }
  return s * n
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testProdSigns = () => {
  assert.ok(prodSigns([1, 2, 2, -4]) === -9)
  assert.ok(prodSigns([0, 1]) === 0)
  assert.ok(prodSigns([1, 1, 1, 2, 3, -1, 1]) === -10)
  assert.ok(prodSigns([]) === null)
  assert.ok(prodSigns([2, 4, 1, 2, -1, -1, 9]) === 20)
  assert.ok(prodSigns([-1, 1, -1, 1]) === 4)
  assert.ok(prodSigns([-1, 1, 1, 1]) === -4)
  assert.ok(prodSigns([-1, 1, 1, 0]) === 0)
}

testProdSigns()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testProdSigns = () => {
  assert.ok(prodSigns([1, 2, 2, -4]) === -9)
  assert.ok(prodSigns([0, 1]) === 0)
  assert.ok(prodSigns([]) === null)
}
testProdSigns()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: return type `| null` (the JS solution and test use null for 'None'; MultiPL-E says undefined).
