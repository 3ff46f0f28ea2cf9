//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int modp(int n, int p) {
//@@ solution
    int out = 1;
    for (int i = 0; i < n; i++)
        out = (out * 2) % p;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(modp(3, 5) == 3);
    }
    {
        assert(modp(1101, 101) == 2);
    }
    {
        assert(modp(0, 101) == 1);
    }
    {
        assert(modp(3, 11) == 8);
    }
    {
        assert(modp(100, 101) == 1);
    }
    {
        assert(modp(30, 5) == 4);
    }
    {
        assert(modp(31, 5) == 3);
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
        assert(modp(3, 5) == 3);
    }
    {
        assert(modp(1101, 101) == 2);
    }
    {
        assert(modp(0, 101) == 1);
    }
    {
        assert(modp(3, 11) == 8);
    }
    {
        assert(modp(100, 101) == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed modp.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
