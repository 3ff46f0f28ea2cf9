//@@ header
#include <stdio.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool monotonic(float *l, int size) {
//@@ solution
    int incr, decr;
    incr = decr = 0;
    
    for (int i = 1; i < size; i++) {
        if (l[i] > l[i - 1]) incr = 1;
        if (l[i] < l[i - 1]) decr = 1;
    }
    if (incr + decr == 2) return false;
    return true;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {1.0f, 2.0f, 4.0f, 10.0f};
        assert(monotonic(a0, 4) == 1);
    }
    {
        float a0[] = {1.0f, 2.0f, 4.0f, 20.0f};
        assert(monotonic(a0, 4) == 1);
    }
    {
        float a0[] = {1.0f, 20.0f, 4.0f, 10.0f};
        assert(monotonic(a0, 4) == 0);
    }
    {
        float a0[] = {4.0f, 1.0f, 0.0f, -10.0f};
        assert(monotonic(a0, 4) == 1);
    }
    {
        float a0[] = {4.0f, 1.0f, 1.0f, 0.0f};
        assert(monotonic(a0, 4) == 1);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 2.0f, 5.0f, 60.0f};
        assert(monotonic(a0, 6) == 0);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 60.0f};
        assert(monotonic(a0, 6) == 1);
    }
    {
        float a0[] = {9.0f, 9.0f, 9.0f, 9.0f};
        assert(monotonic(a0, 4) == 1);
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
        float a0[] = {1.0f, 2.0f, 4.0f, 10.0f};
        assert(monotonic(a0, 4) == 1);
    }
    {
        float a0[] = {1.0f, 20.0f, 4.0f, 10.0f};
        assert(monotonic(a0, 4) == 0);
    }
    {
        float a0[] = {4.0f, 1.0f, 0.0f, -10.0f};
        assert(monotonic(a0, 4) == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed monotonic.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
