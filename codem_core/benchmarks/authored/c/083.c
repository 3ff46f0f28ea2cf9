//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int starts_one_ends(int n) {
//@@ solution
    if (n < 1) return 0;
    if (n == 1) return 1;
    int out = 18;
    for (int i = 2; i < n; i++)
        out = out * 10;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(starts_one_ends(1) == 1);
    }
    {
        assert(starts_one_ends(2) == 18);
    }
    {
        assert(starts_one_ends(3) == 180);
    }
    {
        assert(starts_one_ends(4) == 1800);
    }
    {
        assert(starts_one_ends(5) == 18000);
    }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed starts_one_ends.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
