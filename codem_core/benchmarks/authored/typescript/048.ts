//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function isPalindrome(text: string): boolean {
//@@ solution
  for (let i = 0; i < text.length; i++)
    if (text[i] != text.at(-i-1))
      return false;
  return true;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIsPalindrome = () => {
  assert.ok(isPalindrome('') === true)
  assert.ok(isPalindrome('aba') === true)
  assert.ok(isPalindrome('aaaaa') === true)
  assert.ok(isPalindrome('zbcd') === false)
  assert.ok(isPalindrome('xywyx') === true)
  assert.ok(isPalindrome('xywyz') === false)
  assert.ok(isPalindrome('xywzx') === false)
}

testIsPalindrome()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIsPalindrome = () => {
  assert.ok(isPalindrome('') === true)
  assert.ok(isPalindrome('aba') === true)
  assert.ok(isPalindrome('aaaaa') === true)
  assert.ok(isPalindrome('zbcd') === false)
}
testIsPalindrome()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
