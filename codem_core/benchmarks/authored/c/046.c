//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int fib4(int n) {
//@@ solution
    int f[100];
    f[0] = 0;
    f[1] = 0;
    f[2] = 2;
    f[3] = 0;
    for (int i = 4; i <= n; i++) {
        f[i] = f[i - 1] + f[i - 2] + f[i - 3] + f[i - 4];
    }
    return f[n];
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(fib4(5) == 4);
    }
    {
        assert(fib4(8) == 28);
    }
    {
        assert(fib4(10) == 104);
    }
    {
        assert(fib4(12) == 386);
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
        assert(fib4(5) == 4);
    }
    {
        assert(fib4(6) == 8);
    }
    {
        assert(fib4(7) == 14);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed fib4.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
