//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function checkIfLastCharIsALetter(txt: string): boolean {
//@@ solution
  let len = txt.length
  if (len == 0) { return false }
  let y = txt[len - 1].charCodeAt(0)
  if (len == 1) {
    if ((y >= 65 && y <= 90) || (y >= 97 && y <= 122)) { return true }
    return false
  }
  if (txt[len - 2] == ' ' && ((y >= 65 && y <= 90) || (y >= 97 && y <= 122))) { return true }
  return false
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCheckIfLastCharIsALetter = () => {
  assert.ok(checkIfLastCharIsALetter('apple') === false)
  assert.ok(checkIfLastCharIsALetter('apple pi e') === true)
  assert.ok(checkIfLastCharIsALetter('eeeee') === false)
  assert.ok(checkIfLastCharIsALetter('A') === true)
  assert.ok(checkIfLastCharIsALetter('Pumpkin pie ') === false)
  assert.ok(checkIfLastCharIsALetter('Pumpkin pie 1') === false)
  assert.ok(checkIfLastCharIsALetter('') === false)
  assert.ok(checkIfLastCharIsALetter('eeeee e ') === false)
  assert.ok(checkIfLastCharIsALetter('apple pie') === false)
  assert.ok(checkIfLastCharIsALetter('apple pi e ') === false)
}

testCheckIfLastCharIsALetter()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCheckIfLastCharIsALetter = () => {
  assert.ok(checkIfLastCharIsALetter('apple pi e') === true)
  assert.ok(checkIfLastCharIsALetter('') === false)
  assert.ok(checkIfLastCharIsALetter('apple pie') === false)
  assert.ok(checkIfLastCharIsALetter('apple pi e ') === false)
}
testCheckIfLastCharIsALetter()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: .charCodeAt() -> .charCodeAt(0) (same value; TypeScript requires the index).
