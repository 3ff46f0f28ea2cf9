//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The number of elements of the result is stored in *nums.
//@@ signature
int specialFilter(int nums[], int size) {
//@@ solution
    int num = 0;
    for (int i = 0; i < size; i++) {
        if (nums[i] > 10) {
            int first, last;
            last = nums[i] % 10;
            int n = nums[i];
            while (n >= 10) {
                n /= 10;
            }
            first = n;
            if (first % 2 == 1 && last % 2 == 1) {
                num += 1;
            }
        }
    }
    return num;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {5, -2, 1, -5};
        assert(specialFilter(a0, 4) == 0);
    }
    {
        int a0[] = {15, -73, 14, -15};
        assert(specialFilter(a0, 4) == 1);
    }
    {
        int a0[] = {33, -2, -3, 45, 21, 109};
        assert(specialFilter(a0, 6) == 2);
    }
    {
        int a0[] = {43, -12, 93, 125, 121, 109};
        assert(specialFilter(a0, 6) == 4);
    }
    {
        int a0[] = {71, -2, -33, 75, 21, 19};
        assert(specialFilter(a0, 6) == 3);
    }
    {
        int a0[] = {1};
        assert(specialFilter(a0, 1) == 0);
    }
    {
        int a0[] = {0};
        assert(specialFilter(a0, 0) == 0);
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
        int a0[] = {15, -73, 14, -15};
        assert(specialFilter(a0, 4) == 1);
    }
    {
        int a0[] = {33, -2, -3, 45, 21, 109};
        assert(specialFilter(a0, 6) == 2);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed specialFilter.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
