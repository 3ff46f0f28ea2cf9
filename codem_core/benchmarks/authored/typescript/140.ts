//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function fixSpaces(text: string): string {
//@@ solution
  let t = ''
  let c = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] == ' ') { c++ }
    else if (c > 0) {
      if (c == 1) { t += '_' }
      if (c == 2) { t += '__' }
      if (c > 2) { t += '-' }
      t += text[i]
      c = 0;
    } else {
      t += text[i]
    }
  }
  if (c == 1) { t += '_' }
  if (c == 2) { t += '__' }
  if (c > 2) { t += '-' }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFixSpaces = () => {
  assert.ok(fixSpaces('Example') === 'Example')
  assert.ok(fixSpaces('Mudasir Hanif ') === 'Mudasir_Hanif_')
  assert.ok(
    fixSpaces('Yellow Yellow  Dirty  Fellow') === 'Yellow_Yellow__Dirty__Fellow'
  )
  assert.ok(fixSpaces('Exa   mple') === 'Exa-mple')
  assert.ok(fixSpaces('   Exa 1 2 2 mple') === '-Exa_1_2_2_mple')
}

testFixSpaces()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFixSpaces = () => {
  assert.ok(fixSpaces('Example') === 'Example')
  assert.ok(fixSpaces('Example 1') === 'Example_1')
  assert.ok(
    fixSpaces(' Example 2') === '_Example_2'
  )
  assert.ok(fixSpaces(' Example   3') === '_Example-3')
}
testFixSpaces()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
