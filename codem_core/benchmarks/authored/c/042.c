//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
void incr_list(int *l, int size) {
//@@ solution
    for (int i = 0; i < size; i++)
        l[i] += 1;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {0};
        incr_list(a0, 0);
    }
    {
        int a0[] = {3, 2, 1};
        incr_list(a0, 3);
        assert(a0[0] == 4);
        assert(a0[1] == 3);
        assert(a0[2] == 2);
    }
    {
        int a0[] = {5, 2, 5, 2, 3, 3, 9, 0, 123};
        incr_list(a0, 9);
        assert(a0[0] == 6);
        assert(a0[1] == 3);
        assert(a0[2] == 6);
        assert(a0[3] == 3);
        assert(a0[4] == 4);
        assert(a0[5] == 4);
        assert(a0[6] == 10);
        assert(a0[7] == 1);
        assert(a0[8] == 124);
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
        int a0[] = {1, 2, 3};
        incr_list(a0, 3);
        assert(a0[0] == 2);
        assert(a0[1] == 3);
        assert(a0[2] == 4);
    }
    {
        int a0[] = {5, 2, 5, 2, 3, 3, 9, 0, 123};
        incr_list(a0, 9);
        assert(a0[0] == 6);
        assert(a0[1] == 3);
        assert(a0[2] == 6);
        assert(a0[3] == 3);
        assert(a0[4] == 4);
        assert(a0[5] == 4);
        assert(a0[6] == 10);
        assert(a0[7] == 1);
        assert(a0[8] == 124);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed incr_list.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
