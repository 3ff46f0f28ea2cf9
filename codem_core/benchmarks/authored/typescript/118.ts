//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function getClosestVowel(word: string): string {
//@@ solution
  for (let i = word.length - 2; i > 0; i--) {
    if (
      !(word[i] != 'a' && word[i] != 'e' && word[i] != 'i' && word[i] != 'o' && word[i] != 'u' && word[i] != 'A' &&
        word[i] != 'U' && word[i] != 'O' && word[i] != 'I' && word[i] != 'E')
      &&
      (word[i + 1] != 'a' && word[i + 1] != 'e' && word[i + 1] != 'i' && word[i + 1] != 'o' && word[i + 1] != 'u' && word[i + 1] != 'A' &&
        word[i + 1] != 'U' && word[i + 1] != 'O' && word[i + 1] != 'I' && word[i + 1] != 'E')
      &&
      (word[i - 1] != 'a' && word[i - 1] != 'e' && word[i - 1] != 'i' && word[i - 1] != 'o' && word[i - 1] != 'u' && word[i - 1] != 'A' &&
        word[i - 1] != 'U' && word[i - 1] != 'O' && word[i - 1] != 'I' && word[i - 1] != 'E')
    ) {
      return word[i]
    }
  }
  return ''
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testGetClosestVowel = () => {
  assert.ok(getClosestVowel('yogurt') === 'u')
  assert.ok(getClosestVowel('full') === 'u')
  assert.ok(getClosestVowel('easy') === '')
  assert.ok(getClosestVowel('eAsy') === '')
  assert.ok(getClosestVowel('ali') === '')
  assert.ok(getClosestVowel('bad') === 'a')
  assert.ok(getClosestVowel('most') === 'o')
  assert.ok(getClosestVowel('ab') === '')
  assert.ok(getClosestVowel('ba') === '')
  assert.ok(getClosestVowel('quick') === '')
  assert.ok(getClosestVowel('anime') === 'i')
  assert.ok(getClosestVowel('Asia') === '')
  assert.ok(getClosestVowel('Above') === 'o')
}

testGetClosestVowel()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testGetClosestVowel = () => {
  assert.ok(getClosestVowel('yogurt') === 'u')
  assert.ok(getClosestVowel('FULL') === 'U')
  assert.ok(getClosestVowel('ab') === '')
  assert.ok(getClosestVowel('quick') === '')
}
testGetClosestVowel()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
