//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function add(lst: number[]): number {
//@@ solution
  let t = 0
  for (let i = 1; i < lst.length; i += 2) {
    if (lst[i] % 2 == 0) {
      t += lst[i]
    }
  }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testAdd = () => {
  assert.ok(add([4, 88]) === 88)
  assert.ok(add([4, 5, 6, 7, 2, 122]) === 122)
  assert.ok(add([4, 0, 6, 7]) === 0)
  assert.ok(add([4, 4, 6, 8]) === 12)
}

testAdd()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testAdd = () => {
  assert.ok(add([4, 2, 6, 7]) === 2)
}
testAdd()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
