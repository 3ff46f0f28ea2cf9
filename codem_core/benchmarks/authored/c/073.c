//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int smallest_change(int arr[], int size) {
//@@ solution
    int out = 0;
    for (int i = 0; i < size / 2; i++) {
        if (arr[i] != arr[size - 1 - i]) {
            out++;
        }
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
        int a0[] = {1, 2, 3, 5, 4, 7, 9, 6};
        assert(smallest_change(a0, 8) == 4);
    }
    {
        int a0[] = {1, 2, 3, 4, 3, 2, 2};
        assert(smallest_change(a0, 7) == 1);
    }
    {
        int a0[] = {1, 4, 2};
        assert(smallest_change(a0, 3) == 1);
    }
    {
        int a0[] = {1, 4, 4, 2};
        assert(smallest_change(a0, 4) == 1);
    }
    {
        int a0[] = {1, 2, 3, 2, 1};
        assert(smallest_change(a0, 5) == 0);
    }
    {
        int a0[] = {3, 1, 1, 3};
        assert(smallest_change(a0, 4) == 0);
    }
    {
        int a0[] = {1};
        assert(smallest_change(a0, 1) == 0);
    }
    {
        int a0[] = {0, 1};
        assert(smallest_change(a0, 2) == 1);
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
        int a0[] = {1, 2, 3, 5, 4, 7, 9, 6};
        assert(smallest_change(a0, 8) == 4);
    }
    {
        int a0[] = {1, 2, 3, 4, 3, 2, 2};
        assert(smallest_change(a0, 7) == 1);
    }
    {
        int a0[] = {1, 2, 3, 2, 1};
        assert(smallest_change(a0, 5) == 0);
    }
    {
        int a0[] = {3, 1, 1, 3};
        assert(smallest_change(a0, 4) == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed smallest_change.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
