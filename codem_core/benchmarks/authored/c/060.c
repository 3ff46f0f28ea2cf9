//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int sum_to_n(int n) {
//@@ solution
    return n * (n + 1) / 2;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(sum_to_n(1) == 1);
    }
    {
        assert(sum_to_n(6) == 21);
    }
    {
        assert(sum_to_n(11) == 66);
    }
    {
        assert(sum_to_n(30) == 465);
    }
    {
        assert(sum_to_n(100) == 5050);
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
        assert(sum_to_n(1) == 1);
    }
    {
        assert(sum_to_n(5) == 15);
    }
    {
        assert(sum_to_n(10) == 55);
    }
    {
        assert(sum_to_n(30) == 465);
    }
    {
        assert(sum_to_n(100) == 5050);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sum_to_n.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
