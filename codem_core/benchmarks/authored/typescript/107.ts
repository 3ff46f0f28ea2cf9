//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function evenOddPalindrome(n: number): [number, number] {
//@@ solution
  let e = 0
  let o = 0
  for (let i = 1; i <= n; i++) {
    let k = i.toString()
    let p = 1
    for (let j = 0; j < k.length; j++) {
      if (k[j] != k[k.length - j - 1]) {
        p = 0;
        break;
      }
    }
    if (p == 1) {
      if (i % 2 == 0) { e++ }
      else { o++ }
    }
  }
  return [e, o]
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testEvenOddPalindrome = () => {
  assert.ok(
    JSON.stringify(evenOddPalindrome(123)) === JSON.stringify([8, 13])
  )
  assert.ok(
    JSON.stringify(evenOddPalindrome(12)) === JSON.stringify([4, 6])
  )
  assert.ok(
    JSON.stringify(evenOddPalindrome(3)) === JSON.stringify([1, 2])
  )
  assert.ok(
    JSON.stringify(evenOddPalindrome(63)) === JSON.stringify([6, 8])
  )
  assert.ok(
    JSON.stringify(evenOddPalindrome(25)) === JSON.stringify([5, 6])
  )
  assert.ok(
    JSON.stringify(evenOddPalindrome(19)) === JSON.stringify([4, 6])
  )
  assert.ok(
    JSON.stringify(evenOddPalindrome(9)) === JSON.stringify([4, 5])
  )
  assert.ok(
    JSON.stringify(evenOddPalindrome(1)) === JSON.stringify([0, 1])
  )
}

testEvenOddPalindrome()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testEvenOddPalindrome = () => {
  assert.ok(
    JSON.stringify(evenOddPalindrome(12)) === JSON.stringify([4, 6])
  )
  assert.ok(
    JSON.stringify(evenOddPalindrome(3)) === JSON.stringify([1, 2])
  )
}
testEvenOddPalindrome()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: parity of the number i, not of its string k (same value, type-correct).
