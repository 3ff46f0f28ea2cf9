//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
int multiply(int a, int b) {
//@@ solution
    return (abs(a) % 10) * (abs(b) % 10);
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(multiply(148, 412) == 16);
    }
    {
        assert(multiply(19, 28) == 72);
    }
    {
        assert(multiply(2020, 1851) == 0);
    }
    {
        assert(multiply(14, -15) == 20);
    }
    {
        assert(multiply(76, 67) == 42);
    }
    {
        assert(multiply(17, 27) == 49);
    }
    {
        assert(multiply(0, 1) == 0);
    }
    {
        assert(multiply(0, 0) == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(multiply(148, 412) == 16);
    }
    {
        assert(multiply(19, 28) == 72);
    }
    {
        assert(multiply(2020, 1851) == 0);
    }
    {
        assert(multiply(14, -15) == 20);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed multiply.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
