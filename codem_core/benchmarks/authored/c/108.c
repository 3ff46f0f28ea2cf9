//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The number of elements of the result is stored in *n.
//@@ signature
int count_nums(int *n, int size) {
//@@ solution
    int num = 0;
    for (int i = 0; i < size; i++) {
        if (n[i] > 0) {
            num += 1;
        } else {
            int sum = 0;
            int w = abs(n[i]);
            while (w >= 10) {
                sum += w % 10;
                w = w / 10;
            }
            sum -= w;
            if (sum > 0) num += 1;
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
        int a0[] = {0};
        assert(count_nums(a0, 0) == 0);
    }
    {
        int a0[] = {-1, -2, 0};
        assert(count_nums(a0, 3) == 0);
    }
    {
        int a0[] = {1, 1, 2, -2, 3, 4, 5};
        assert(count_nums(a0, 7) == 6);
    }
    {
        int a0[] = {1, 6, 9, -6, 0, 1, 5};
        assert(count_nums(a0, 7) == 5);
    }
    {
        int a0[] = {1, 100, 98, -7, 1, -1};
        assert(count_nums(a0, 6) == 4);
    }
    {
        int a0[] = {12, 23, 34, -45, -56, 0};
        assert(count_nums(a0, 6) == 5);
    }
    {
        int a0[] = {0, 1};
        assert(count_nums(a0, 2) == 1);
    }
    {
        int a0[] = {1};
        assert(count_nums(a0, 1) == 1);
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
        int a0[] = {0};
        assert(count_nums(a0, 0) == 0);
    }
    {
        int a0[] = {-1, 11, -11};
        assert(count_nums(a0, 3) == 1);
    }
    {
        int a0[] = {1, 1, 2};
        assert(count_nums(a0, 3) == 3);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed count_nums.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
