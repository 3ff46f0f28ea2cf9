//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function flipCase(string: string): string {
//@@ solution
  return string.split('')
          .map(x => (x.toUpperCase() == x ? x.toLowerCase() : x.toUpperCase()))
          .join('');
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFlipCase = () => {
  assert.ok(flipCase('1234!') === '1234!')
  assert.ok(flipCase('') === '')
  assert.ok(flipCase('Hello!') === 'hELLO!')
  assert.ok(
    flipCase(
      'These violent delights have violent ends') ===
        'tHESE VIOLENT DELIGHTS HAVE VIOLENT ENDS'
  )
}

testFlipCase()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFlipCase = () => {
  assert.ok(flipCase('Hello') === 'hELLO')
}
testFlipCase()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand: test strengthened (audit): HumanEval's cases also pass task 161's solve (which reverses letter-free strings); added a letter-free case.
