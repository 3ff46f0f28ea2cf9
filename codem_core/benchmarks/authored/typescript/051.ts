//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function removeVowels(text: string): string {
//@@ solution
  return text.split("")
             .filter(s => !["a", "e", "i", "o", "u"]
                      .includes(s.toLowerCase())
                    )
             .join("")
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testRemoveVowels = () => {
  assert.ok(removeVowels('') === '')
  assert.ok(removeVowels('abcdef\nghijklm') === 'bcdf\nghjklm')
  assert.ok(removeVowels('fedcba') === 'fdcb')
  assert.ok(removeVowels('eeeee') === '')
  assert.ok(removeVowels('acBAA') === 'cB')
  assert.ok(removeVowels('EcBOO') === 'cB')
  assert.ok(removeVowels('ybcd') === 'ybcd')
}

testRemoveVowels()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testRemoveVowels = () => {
  assert.ok(removeVowels('') === '')
  assert.ok(removeVowels('abcdef\nghijklm') === 'bcdf\nghjklm')
  assert.ok(removeVowels('abcdef') === 'bcdf')
  assert.ok(removeVowels('aaaaa') === '')
  assert.ok(removeVowels('aaBAA') === 'B')
  assert.ok(removeVowels('zbcd') === 'zbcd')
}
testRemoveVowels()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
