//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function matchParens(lst: string[]): string {
//@@ solution
  let w1 = lst[0] + lst[1]
  let y = 0
  let u = 1
  for (let i = 0; i < w1.length; i++) {
    if (w1[i] == '(') { y++ }
    else { y-- }
    if (y < 0) {
      u = 0;
      break;
    }
  }
  if (u == 1 && y == 0) { return 'Yes' }
  w1 = lst[1] + lst[0]
  y = 0
  u = 1
  for (let i = 0; i < w1.length; i++) {
    if (w1[i] == '(') { y++ }
    else { y-- }
    if (y < 0) {
      u = 0;
      break;
    }
  }
  if (u == 1 && y == 0) { return 'Yes' }
  return 'No'
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMatchParens = () => {
  assert.ok(matchParens(['()(', ')']) === 'Yes')
  assert.ok(matchParens([')', ')']) === 'No')
  assert.ok(matchParens(['(()(())', '())())']) === 'No')
  assert.ok(matchParens([')())', '(()()(']) === 'Yes')
  assert.ok(matchParens(['(())))', '(()())((']) === 'Yes')
  assert.ok(matchParens(['()', '())']) === 'No')
  assert.ok(matchParens(['(()(', '()))()']) === 'Yes')
  assert.ok(matchParens(['((((', '((())']) === 'No')
  assert.ok(matchParens([')(()', '(()(']) === 'No')
  assert.ok(matchParens([')(', ')(']) === 'No')
  assert.ok(matchParens(['(', ')']) === 'Yes')
  assert.ok(matchParens([')', '(']) === 'Yes')
}
testMatchParens()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMatchParens = () => {
  assert.ok(matchParens(['()(', ')']) === 'Yes')
  assert.ok(matchParens([')', ')']) === 'No')
}
testMatchParens()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
