//@@ header
#include <stdio.h>
#include <limits.h>
//@@ helpers
//@@ doc_append
The result points to memory the caller does not free.
//@@ signature
int *pluck(int arr[], int length, int output[2]) {
//@@ solution
    int smallestEven = INT_MAX;
    int index = -1;
    
    for (int i = 0; i < length; ++i) {
        if (arr[i] % 2 == 0 && (arr[i] < smallestEven || index == -1)) {
            smallestEven = arr[i];
            index = i;
        }
    }
    
    if (index == -1) {
        return NULL;
    }

    output[0] = smallestEven;
    output[1] = index;
    return output;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {4, 2, 3};
        int out[1024] = {0};
        int *r = pluck(a0, 3, out);
        assert(r[0] == 2);
        assert(r[1] == 1);
    }
    {
        int a0[] = {1, 2, 3};
        int out[1024] = {0};
        int *r = pluck(a0, 3, out);
        assert(r[0] == 2);
        assert(r[1] == 1);
    }
    {
        int a0[] = {0};
        int out[1024] = {0};
        int *r = pluck(a0, 0, out);
    }
    {
        int a0[] = {5, 0, 3, 0, 4, 2};
        int out[1024] = {0};
        int *r = pluck(a0, 6, out);
        assert(r[0] == 0);
        assert(r[1] == 1);
    }
    {
        int a0[] = {1, 2, 3, 0, 5, 3};
        int out[1024] = {0};
        int *r = pluck(a0, 6, out);
        assert(r[0] == 0);
        assert(r[1] == 3);
    }
    {
        int a0[] = {5, 4, 8, 4, 8};
        int out[1024] = {0};
        int *r = pluck(a0, 5, out);
        assert(r[0] == 4);
        assert(r[1] == 1);
    }
    {
        int a0[] = {7, 6, 7, 1};
        int out[1024] = {0};
        int *r = pluck(a0, 4, out);
        assert(r[0] == 6);
        assert(r[1] == 1);
    }
    {
        int a0[] = {7, 9, 7, 1};
        int out[1024] = {0};
        int *r = pluck(a0, 4, out);
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
        int a0[] = {4, 2, 3};
        int out[1024] = {0};
        int *r = pluck(a0, 3, out);
        assert(r[0] == 2);
        assert(r[1] == 1);
    }
    {
        int a0[] = {1, 2, 3};
        int out[1024] = {0};
        int *r = pluck(a0, 3, out);
        assert(r[0] == 2);
        assert(r[1] == 1);
    }
    {
        int a0[] = {0};
        int out[1024] = {0};
        int *r = pluck(a0, 0, out);
    }
    {
        int a0[] = {5, 0, 3, 0, 4, 2};
        int out[1024] = {0};
        int *r = pluck(a0, 6, out);
        assert(r[0] == 0);
        assert(r[1] == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed pluck.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
