//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function primeLength(string: string): boolean {
//@@ solution
  let len = string.length
  if (len == 1 || len == 0) { return false }
  for (let i = 2; i * i <= len; i++) {
    if (len % i == 0) { return false }
  }
  return true
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testPrimeLength = () => {
  assert.ok(primeLength('Hello') === true)
  assert.ok(primeLength('abcdcba') === true)
  assert.ok(primeLength('kittens') === true)
  assert.ok(primeLength('orange') === false)
  assert.ok(primeLength('wow') === true)
  assert.ok(primeLength('world') === true)
  assert.ok(primeLength('MadaM') === true)
  assert.ok(primeLength('Wow') === true)
  assert.ok(primeLength('') === false)
  assert.ok(primeLength('HI') === true)
  assert.ok(primeLength('go') === true)
  assert.ok(primeLength('gogo') === false)
  assert.ok(primeLength('aaaaaaaaaaaaaaa') === false)
  assert.ok(primeLength('Madam') === true)
  assert.ok(primeLength('M') === false)
  assert.ok(primeLength('0') === false)
}

testPrimeLength()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testPrimeLength = () => {
  assert.ok(primeLength('Hello') === true)
  assert.ok(primeLength('abcdcba') === true)
  assert.ok(primeLength('kittens') === true)
  assert.ok(primeLength('orange') === false)
}
testPrimeLength()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
