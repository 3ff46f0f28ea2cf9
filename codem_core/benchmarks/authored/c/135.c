//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int can_arrange(int *arr, int size) {
//@@ solution
    int max = -1;
    for (int i = 1; i < size; ++i) {
        if (arr[i] < arr[i - 1]) max = i;
    }
    return max;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 2, 4, 3, 5};
        assert(can_arrange(a0, 5) == 3);
    }
    {
        int a0[] = {1, 2, 4, 5};
        assert(can_arrange(a0, 4) == -1);
    }
    {
        int a0[] = {1, 4, 2, 5, 6, 7, 8, 9, 10};
        assert(can_arrange(a0, 9) == 2);
    }
    {
        int a0[] = {4, 8, 5, 7, 3};
        assert(can_arrange(a0, 5) == 4);
    }
    {
        int a0[] = {0};
        assert(can_arrange(a0, 0) == -1);
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
        int a0[] = {1, 2, 4, 3, 5};
        assert(can_arrange(a0, 5) == 3);
    }
    {
        int a0[] = {1, 2, 3};
        assert(can_arrange(a0, 3) == -1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed can_arrange.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
