//@@ header
#include <stdio.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool below_threshold(int *l, int size, int t) {
//@@ solution
    for (int i = 0; i < size; i++)
        if (l[i] >= t) return false;
    return true;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 2, 4, 10};
        assert(below_threshold(a0, 4, 100) == 1);
    }
    {
        int a0[] = {1, 20, 4, 10};
        assert(below_threshold(a0, 4, 5) == 0);
    }
    {
        int a0[] = {1, 20, 4, 10};
        assert(below_threshold(a0, 4, 21) == 1);
    }
    {
        int a0[] = {1, 20, 4, 10};
        assert(below_threshold(a0, 4, 22) == 1);
    }
    {
        int a0[] = {1, 8, 4, 10};
        assert(below_threshold(a0, 4, 11) == 1);
    }
    {
        int a0[] = {1, 8, 4, 10};
        assert(below_threshold(a0, 4, 10) == 0);
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
        int a0[] = {1, 2, 4, 10};
        assert(below_threshold(a0, 4, 100) == 1);
    }
    {
        int a0[] = {1, 20, 4, 10};
        assert(below_threshold(a0, 4, 5) == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed below_threshold.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
