//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function nextSmallest(lst: number[]): number | null {
//@@ solution
  let arr = lst
  for (let j = 0; j < arr.length; j++) {
    let ind = j
    for (let k = j + 1; k < arr.length; k++) {
      if (arr[k] < arr[ind]) {
        ind = k
      }
    }
    let tmp = arr[j]
    arr[j] = arr[ind]
    arr[ind] = tmp
  }
  let smallest = arr[0]
  let pt = 1
  while(pt<arr.length){
    if(arr[pt]>smallest){
      return arr[pt]
    }
    pt++
  }
  return null
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testNextSmallest = () => {
  assert.ok(nextSmallest([1, 2, 3, 4, 5]) === 2)
  assert.ok(nextSmallest([5, 1, 4, 3, 2]) === 2)
  assert.ok(nextSmallest([]) === null)
  assert.ok(nextSmallest([1, 1]) === null)
  assert.ok(nextSmallest([1, 1, 1, 1, 0]) === 1)
  assert.ok(nextSmallest([1, 0 ** 0]) === null)
  assert.ok(nextSmallest([-35, 34, 12, -45]) === -35)
}

testNextSmallest()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testNextSmallest = () => {
  assert.ok(nextSmallest([1, 2, 3, 4, 5]) === 2)
  assert.ok(nextSmallest([5, 1, 4, 3, 2]) === 2)
  assert.ok(nextSmallest([]) === null)
  assert.ok(nextSmallest([1, 1]) === null)
}
testNextSmallest()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: return type `| null` (the JS solution and test use null for 'None'; MultiPL-E says undefined).
