//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *numbers.
//@@ signature
int *rolling_max(int *numbers, int size) {
//@@ solution
    if (size <= 0) {
        return NULL;
    }
    
    int *out = malloc(size * sizeof(int));
    if (!out) {
        return NULL;
    }
    
    int max = numbers[0];
    for (int i = 0; i < size; i++) {
        if (numbers[i] > max) max = numbers[i];
        out[i] = max;
    }
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {0};
        int *r = rolling_max(a0, 0);
    }
    {
        int a0[] = {1, 2, 3, 4};
        int *r = rolling_max(a0, 4);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 3);
        assert(r[3] == 4);
    }
    {
        int a0[] = {4, 3, 2, 1};
        int *r = rolling_max(a0, 4);
        assert(r[0] == 4);
        assert(r[1] == 4);
        assert(r[2] == 4);
        assert(r[3] == 4);
    }
    {
        int a0[] = {3, 2, 3, 100, 3};
        int *r = rolling_max(a0, 5);
        assert(r[0] == 3);
        assert(r[1] == 3);
        assert(r[2] == 3);
        assert(r[3] == 100);
        assert(r[4] == 100);
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
        int a0[] = {1, 2, 3, 2, 3, 4, 2};
        int *r = rolling_max(a0, 7);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 3);
        assert(r[3] == 3);
        assert(r[4] == 3);
        assert(r[5] == 4);
        assert(r[6] == 4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed rolling_max.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
