//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int add(int x, int y) {
//@@ solution
    return x + y;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    assert(add(0, 1) == 1);
    assert(add(1, 0) == 1);
    assert(add(2, 3) == 5);
    assert(add(5, 7) == 12);
    assert(add(7, 5) == 12);
    srand(53);
    for (int i = 0; i < 100; i++) { int x = rand() % 1000; int y = rand() % 1000; assert(add(x, y) == x + y); }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(add(2, 3) == 5);
    }
    {
        assert(add(5, 7) == 12);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed add.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand from the C++ test (random loop kept, seeded).
