//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int fibfib(int n) {
//@@ solution
    int ff[100] = {0};
    ff[1] = 0;
    ff[2] = 1;
    for (int i = 3; i <= n; ++i) {
        ff[i] = ff[i - 1] + ff[i - 2] + ff[i - 3];
    }
    return ff[n];
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(fibfib(2) == 1);
    }
    {
        assert(fibfib(1) == 0);
    }
    {
        assert(fibfib(5) == 4);
    }
    {
        assert(fibfib(8) == 24);
    }
    {
        assert(fibfib(10) == 81);
    }
    {
        assert(fibfib(12) == 274);
    }
    {
        assert(fibfib(14) == 927);
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
        assert(fibfib(1) == 0);
    }
    {
        assert(fibfib(5) == 4);
    }
    {
        assert(fibfib(8) == 24);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed fibfib.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
