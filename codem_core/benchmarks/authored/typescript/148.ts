//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function bf(planet1: string, planet2: string): Array<string> {
//@@ solution
  let y = ['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune']
  let u = []
  let lo = -1
  let hi = -1
  for (let i = 0; i < 8; i++) {
    if (y[i] == planet1) { lo = i }
  }
  for (let i = 0; i < 8; i++) {
    if (y[i] == planet2) { hi = i }
  }
  if (lo == -1 || hi == -1 || lo == hi) { return [] }
  if (lo > hi) {
    let tmp = lo;
    lo = hi;
    hi = tmp;
  }
  for (let i = lo + 1; i < hi; i++) {
    u.push(y[i])
  }
  return u
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testBf = () => {
  assert.ok(
    JSON.stringify(bf('Jupiter', 'Neptune')) ===
    JSON.stringify(['Saturn', 'Uranus'])
  )
  assert.ok(
    JSON.stringify(bf('Earth', 'Mercury')) === JSON.stringify(['Venus'])
  )
  assert.ok(
    JSON.stringify(bf('Mercury', 'Uranus')) ===
    JSON.stringify(['Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn'])
  )
  assert.ok(
    JSON.stringify(bf('Neptune', 'Venus')) ===
    JSON.stringify(['Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus'])
  )
  assert.ok(JSON.stringify(bf('Earth', 'Earth')) === JSON.stringify([]))
  assert.ok(JSON.stringify(bf('Mars', 'Earth')) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(bf('Jupiter', 'Makemake')) === JSON.stringify([])
  )
}

testBf()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testBf = () => {
  assert.ok(
    JSON.stringify(bf('Jupiter', 'Neptune')) ===
    JSON.stringify(['Saturn', 'Uranus'])
  )
  assert.ok(
    JSON.stringify(bf('Earth', 'Mercury')) === JSON.stringify(['Venus'])
  )
  assert.ok(
    JSON.stringify(bf('Mercury', 'Uranus')) ===
    JSON.stringify(['Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn'])
  )
}
testBf()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from mxeval's prompt.
