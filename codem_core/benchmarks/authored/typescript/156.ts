//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function intToMiniRoman(number: number): string {
//@@ solution
  let num = [1, 4, 5, 9, 10, 40, 50, 90, 100, 400, 500, 900, 1000]
  let sym = ['i', 'iv', 'v', 'ix', 'x', 'xl', 'l', 'xc', 'c', 'cd', 'd', 'cm', 'm']
  let i = 12
  let res = ''
  while (number) {
    let div = (number - number % num[i]) / num[i]
    number = number % num[i]
    while (div) {
      res += sym[i]
      div -= 1
    }
    i -= 1
  }
  return res
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIntToMiniRoman = () => {
  assert.ok(intToMiniRoman(19) === 'xix')
  assert.ok(intToMiniRoman(152) === 'clii')
  assert.ok(intToMiniRoman(251) === 'ccli')
  assert.ok(intToMiniRoman(426) === 'cdxxvi')
  assert.ok(intToMiniRoman(500) === 'd')
  assert.ok(intToMiniRoman(1) === 'i')
  assert.ok(intToMiniRoman(4) === 'iv')
  assert.ok(intToMiniRoman(43) === 'xliii')
  assert.ok(intToMiniRoman(90) === 'xc')
  assert.ok(intToMiniRoman(94) === 'xciv')
  assert.ok(intToMiniRoman(532) === 'dxxxii')
  assert.ok(intToMiniRoman(900) === 'cm')
  assert.ok(intToMiniRoman(994) === 'cmxciv')
  assert.ok(intToMiniRoman(1000) === 'm')
}

testIntToMiniRoman()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIntToMiniRoman = () => {
  assert.ok(intToMiniRoman(19) === 'xix')
  assert.ok(intToMiniRoman(152) === 'clii')
  assert.ok(intToMiniRoman(426) === 'cdxxvi')
}
testIntToMiniRoman()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
