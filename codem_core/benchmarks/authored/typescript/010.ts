//@@ header
//@@ helpers
/* Test if gniven strig is a palindrome */
const isPalindrome = (string) => {
  return string == string.split('').reverse().join('');
}
//@@ doc_append
//@@ signature
function makePalindrome(string: string): string {
//@@ solution
  if (string == '')
    return '';
  var beginning_of_suffix = 0;
  while (!isPalindrome(string.slice(beginning_of_suffix)))
    beginning_of_suffix += 1;
  return string + string.slice(0, beginning_of_suffix).split('').reverse().join('');
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testmakePalindrome = () => {
  assert.ok(makePalindrome('') === '')
  assert.ok(makePalindrome('x') === 'x')
  assert.ok(makePalindrome('xyz') === 'xyzyx')
  assert.ok(makePalindrome('xyx') === 'xyx')
  assert.ok(makePalindrome('jerry') === 'jerryrrej')
}

testmakePalindrome()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testmakePalindrome = () => {
  assert.ok(makePalindrome('') === '')
  assert.ok(makePalindrome('cat') === 'catac')
  assert.ok(makePalindrome('cata') === 'catac')
}
testmakePalindrome()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
