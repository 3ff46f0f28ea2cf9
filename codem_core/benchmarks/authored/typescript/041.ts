//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function carRaceCollision(n: number): number {
//@@ solution
  return Math.pow(n, 2);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCarRaceCollision = () => {
  assert.ok(carRaceCollision(2) === 4)
  assert.ok(carRaceCollision(3) === 9)
  assert.ok(carRaceCollision(4) === 16)
  assert.ok(carRaceCollision(8) === 64)
  assert.ok(carRaceCollision(10) === 100)
}

testCarRaceCollision()

export {};
//@@ example_test
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
