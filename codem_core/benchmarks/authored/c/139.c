//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
long long special_factorial(int n) {
//@@ solution
    long long fact = 1, bfact = 1;
    for (int i = 1; i <= n; i++) {
        fact = fact * i;
        bfact = bfact * fact;
    }
    return bfact;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(special_factorial(4) == 288);
    }
    {
        assert(special_factorial(5) == 34560);
    }
    {
        assert(special_factorial(7) == 125411328000LL);
    }
    {
        assert(special_factorial(1) == 1);
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
        assert(special_factorial(4) == 288);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed special_factorial.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
