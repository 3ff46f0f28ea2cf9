//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function add(x: number, y: number): number {
//@@ solution
  return x + y;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testAdd = () => {
  const getRandomIntInclusive = (min = 0, max = 9) => {
    min = Math.ceil(min)
    max = Math.floor(max)
    return Math.floor(Math.random() * (max - min + 1)) + min //含最大值，含最小值
  }

  assert.ok(add(0, 1) === 1)
  assert.ok(add(1, 0) === 1)
  assert.ok(add(2, 3) === 5)
  assert.ok(add(5, 7) === 12)
  assert.ok(add(7, 5) === 12)

  for (let i = 0; i < 100; i++) {
    let x = getRandomIntInclusive()
    let y = getRandomIntInclusive()
    assert.ok(x + y === add(x, y))
  }
}

testAdd()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testAdd = () => {
  const getRandomIntInclusive = (min = 0, max = 9) => {
    min = Math.ceil(min)
    max = Math.floor(max)
    return Math.floor(Math.random() * (max - min + 1)) + min //含最大值，含最小值
  }
  assert.ok(add(2, 3) === 5)
  assert.ok(add(5, 7) === 12)
}
testAdd()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
