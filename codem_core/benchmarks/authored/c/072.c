//@@ header
#include <stdio.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool will_it_fly(int q[], int size, int w) {
//@@ solution
    int sum = 0;
    for (int i = 0; i < size / 2; i++) {
        if (q[i] != q[size - 1 - i]) return false;
        sum += q[i] + q[size - 1 - i];
    }
    if (size % 2 == 1) sum += q[size / 2];
    return sum <= w;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {3, 2, 3};
        assert(will_it_fly(a0, 3, 9) == 1);
    }
    {
        int a0[] = {1, 2};
        assert(will_it_fly(a0, 2, 5) == 0);
    }
    {
        int a0[] = {3};
        assert(will_it_fly(a0, 1, 5) == 1);
    }
    {
        int a0[] = {3, 2, 3};
        assert(will_it_fly(a0, 3, 1) == 0);
    }
    {
        int a0[] = {1, 2, 3};
        assert(will_it_fly(a0, 3, 6) == 0);
    }
    {
        int a0[] = {5};
        assert(will_it_fly(a0, 1, 5) == 1);
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
        int a0[] = {3, 2, 3};
        assert(will_it_fly(a0, 3, 9) == 1);
    }
    {
        int a0[] = {1, 2};
        assert(will_it_fly(a0, 2, 5) == 0);
    }
    {
        int a0[] = {3};
        assert(will_it_fly(a0, 1, 5) == 1);
    }
    {
        int a0[] = {3, 2, 3};
        assert(will_it_fly(a0, 3, 1) == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed will_it_fly.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
