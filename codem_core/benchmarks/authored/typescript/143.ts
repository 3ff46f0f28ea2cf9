//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function wordsInSentence(sentence: string): string {
//@@ solution
  let t = sentence.split(/\s/)
  let p = ''
  for (let j = 0; j < t.length; j++) {
    let len = t[j].length;
    let u = 1
    if (len == 1 || len == 0) { continue }
    for (let i = 2; i * i <= len; i++) {
      if (len % i == 0) { u = 0 }
    }
    if (u == 0) { continue }
    if (p == '') { p += t[j] }
    else { p = p + ' ' + t[j] }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testWordsInSentence = () => {
  assert.ok(wordsInSentence('This is a test') === 'is')
  assert.ok(wordsInSentence('lets go for swimming') === 'go for')
  assert.ok(
    wordsInSentence('there is no place available here') === 'there is no place'
  )
  assert.ok(wordsInSentence('Hi I am Hussein') === 'Hi am Hussein')
  assert.ok(wordsInSentence('go for it') === 'go for it')
  assert.ok(wordsInSentence('here') === '')
  assert.ok(wordsInSentence('here is') === 'is')
}

testWordsInSentence()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testWordsInSentence = () => {
  assert.ok(wordsInSentence('This is a test') === 'is')
  assert.ok(wordsInSentence('lets go for swimming') === 'go for')
}
testWordsInSentence()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
