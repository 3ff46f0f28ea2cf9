//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function checkDictCase(dict: {[key: string]: string}): boolean {
//@@ solution
  let c = 0
  let lo = 1
  let hi = 1
  for (let key in dict) {
    c++
    for (let i = 0; i < key.length; i++) {
      if (key[i].charCodeAt(0) < 65 || key[i].charCodeAt(0) > 90) { hi = 0 }
      if (key[i].charCodeAt(0) < 97 || key[i].charCodeAt(0) > 122) { lo = 0 }
    }
  }
  if ((lo == 0 && hi == 0) || c == 0) { return false }
  return true
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCheckDictCase = () => {
  assert.ok(checkDictCase({ p: 'pineapple', b: 'banana' }) === true)
  assert.ok(
    checkDictCase({ p: 'pineapple', A: 'banana', B: 'banana' }) === false
  )
  assert.ok(
    checkDictCase({ p: 'pineapple', 5: 'banana', a: 'apple' }) === false
  )
  assert.ok(
    checkDictCase({ Name: 'John', Age: '36', City: 'Houston' }) === false
  )
  assert.ok(checkDictCase({ STATE: 'NC', ZIP: '12345' }) === true)
  assert.ok(checkDictCase({ fruit: 'Orange', taste: 'Sweet' }) === true)
  assert.ok(checkDictCase({}) === false)
}

testCheckDictCase()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCheckDictCase = () => {
  assert.ok(checkDictCase({ p: 'pineapple', b: 'banana' }) === true)
  assert.ok(
    checkDictCase({ p: 'pineapple', A: 'banana', B: 'banana' }) === false
  )
  assert.ok(
    checkDictCase({ p: 'pineapple', 8: 'banana', a: 'apple' }) === false
  )
  assert.ok(
    checkDictCase({ Name: 'John', Age: '36', City: 'Houston' }) === false
  )
  assert.ok(checkDictCase({ STATE: 'NC', ZIP: '12345' }) === true)
}
testCheckDictCase()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: .charCodeAt() -> .charCodeAt(0) (same value; TypeScript requires the index).
