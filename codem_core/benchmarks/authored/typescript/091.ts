//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function isBored(S: string): number {
//@@ solution
  let t = 0
  if (S[0] == 'I' && S[1] == ' ') { t = 1 }
  for (let i = 0; i < S.length; i++) {
    if (S[i] == '.' || S[i] == '!' || S[i] == '?') {
      if (S[i + 1] == ' ' && S[i + 2] == 'I' && S[i + 3] == ' ') {
        t++
      }
    }
  }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIsBored = () => {
  assert.ok(isBored('Hello world') === 0)
  assert.ok(isBored('Is the sky blue?') === 0)
  assert.ok(isBored('I love It !') === 1)
  assert.ok(isBored('bIt') === 0)
  assert.ok(
    isBored('I feel good today. I will be productive. will kill It') === 2
  )
  assert.ok(isBored('You and I are going for a walk') === 0)
}

testIsBored()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIsBored = () => {
  assert.ok(isBored('Hello world') === 0)
  assert.ok(isBored('The sky is blue. The sun is shining. I love this weather') === 1)
}
testIsBored()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
