//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int fib(int n) {
//@@ solution
    int f[1000] = {0};
    f[0] = 0;
    f[1] = 1;
    for (int i = 2; i <= n; i++)
        f[i] = f[i - 1] + f[i - 2];
    return f[n];
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(fib(10) == 55);
    }
    {
        assert(fib(1) == 1);
    }
    {
        assert(fib(8) == 21);
    }
    {
        assert(fib(11) == 89);
    }
    {
        assert(fib(12) == 144);
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
        assert(fib(10) == 55);
    }
    {
        assert(fib(1) == 1);
    }
    {
        assert(fib(8) == 21);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed fib.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
